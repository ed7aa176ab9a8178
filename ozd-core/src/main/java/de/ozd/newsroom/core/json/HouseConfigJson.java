package de.ozd.newsroom.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import java.util.Set;

/**
 * Reads a house configuration from JSON, so another outlet changes a file, not the code. Every key is optional and
 * falls back to the OZD value; unknown keys are refused (a typo must not silently keep the default).
 *
 * <pre>{"brand": "ABC", "commentaryHeading": "ABC-Meinung", "baseUrl": "https://www.abc.de/", "limits": {"maxFacts": 6}}</pre>
 */
public final class HouseConfigJson {
    private static final Set<String> KEYS = Set.of(
            "brand",
            "commentaryHeading",
            "infoboxHeading",
            "analysisHeading",
            "explainersHeading",
            "extrasHeading",
            "disclaimer",
            "pictureCreditWord",
            "limits",
            "drafting",
            "baseUrl");
    private static final Set<String> LIMIT_KEYS = Set.of(
            "minFacts",
            "maxFacts",
            "maxWordsPerFact",
            "minDimensions",
            "maxDimensions",
            "minPoints",
            "maxPoints",
            "maxInputBytes");

    private static final Set<String> DRAFTING_KEYS =
            Set.of("engine", "llmUrl", "model", "timeoutSeconds", "temperature", "maxTokens", "promptDir");

    private HouseConfigJson() {}

    /**
     * The {@code drafting} object of a house configuration (the engine and its model server), {@link
     * DraftingSettings#NONE} where the file has none. Unknown keys are refused, and so is an API key: it belongs in
     * {@code OZD_LLM_API_KEY}, not in a file that is shared.
     *
     * <pre>{"drafting": {"engine": "llm", "llmUrl": "http://127.0.0.1:11434/v1", "model": "qwen2.5:7b"}}</pre>
     */
    public static DraftingSettings drafting(String json) {
        JsonNode root = tree(json);
        JsonNode n = root.get("drafting");
        if (n == null || n.isNull()) {
            return DraftingSettings.NONE;
        }
        if (!n.isObject()) {
            throw new PackageJsonException("/drafting", "„drafting“ muss ein Objekt sein.");
        }
        if (n.has("apiKey")) {
            throw new PackageJsonException(
                    "/drafting/apiKey",
                    "Der API-Schlüssel gehört nicht in die Hauskonfiguration: setzen Sie OZD_LLM_API_KEY.");
        }
        known(n, "/drafting", DRAFTING_KEYS);
        java.util.Optional<String> engine = optionalText(n, "engine");
        if (engine.isPresent() && !Set.of("extractive", "llm", "auto").contains(engine.get())) {
            throw new PackageJsonException(
                    "/drafting/engine", "„engine“ ist „extractive“, „llm“ oder „auto“, nicht „" + engine.get() + "“.");
        }
        java.util.Optional<Double> temperature = java.util.Optional.empty();
        JsonNode t = n.get("temperature");
        if (t != null) {
            if (!t.isNumber() || t.doubleValue() < 0 || t.doubleValue() > 2) {
                throw new PackageJsonException("/drafting/temperature", "„temperature“ ist eine Zahl von 0 bis 2.");
            }
            temperature = java.util.Optional.of(t.doubleValue());
        }
        return new DraftingSettings(
                engine,
                optionalText(n, "llmUrl"),
                optionalText(n, "model"),
                optionalPositive(n, "timeoutSeconds"),
                temperature,
                optionalPositive(n, "maxTokens"),
                optionalText(n, "promptDir"));
    }

    private static java.util.Optional<String> optionalText(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null) {
            return java.util.Optional.empty();
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new PackageJsonException("/drafting/" + key, "„" + key + "“ muss ein nicht leerer Text sein.");
        }
        return java.util.Optional.of(v.textValue().strip());
    }

    private static java.util.Optional<Integer> optionalPositive(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null) {
            return java.util.Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new PackageJsonException("/drafting/" + key, "„" + key + "“ muss eine ganze Zahl ab 1 sein.");
        }
        return java.util.Optional.of(v.intValue());
    }

    private static JsonNode tree(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new PackageJsonException(
                    "",
                    "Die Hauskonfiguration ist kein gültiges JSON" + PackageJson.where(e) + ": "
                            + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PackageJsonException(
                    "", "Die Hauskonfiguration ist ein JSON-Objekt, z. B. {\"brand\": \"ABC\"}.");
        }
        return root;
    }

    public static HouseConfig read(String json) {
        JsonNode root = tree(json);
        known(root, "", KEYS);
        HouseConfig d = HouseConfig.OZD;
        return new HouseConfig(
                text(root, "brand", d.brand()),
                text(root, "commentaryHeading", d.commentaryHeading()),
                text(root, "infoboxHeading", d.infoboxHeading()),
                text(root, "analysisHeading", d.analysisHeading()),
                text(root, "explainersHeading", d.explainersHeading()),
                text(root, "extrasHeading", d.extrasHeading()),
                text(root, "disclaimer", d.disclaimer()),
                text(root, "pictureCreditWord", d.pictureCreditWord()),
                limits(root.get("limits"), d.limits()),
                baseUrl(root.get("baseUrl")));
    }

    /** The outlet's public address: absolute http(s), or absent. */
    private static java.util.Optional<String> baseUrl(JsonNode n) {
        if (n == null) {
            return java.util.Optional.empty();
        }
        String message = "„baseUrl“ muss eine absolute http(s)-Adresse sein, z. B. \"https://www.example.de/\".";
        if (!n.isTextual()) {
            throw new PackageJsonException("/baseUrl", message);
        }
        try {
            java.net.URI uri = new java.net.URI(n.textValue().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new PackageJsonException("/baseUrl", message);
            }
            return java.util.Optional.of(uri.toString());
        } catch (java.net.URISyntaxException e) {
            throw new PackageJsonException("/baseUrl", message);
        }
    }

    private static HouseConfig.Limits limits(JsonNode n, HouseConfig.Limits d) {
        if (n == null) {
            return d;
        }
        if (!n.isObject()) {
            throw new PackageJsonException("/limits", "„limits“ muss ein Objekt sein.");
        }
        known(n, "/limits", LIMIT_KEYS);
        return new HouseConfig.Limits(
                number(n, "minFacts", d.minFacts()),
                number(n, "maxFacts", d.maxFacts()),
                number(n, "maxWordsPerFact", d.maxWordsPerFact()),
                number(n, "minDimensions", d.minDimensions()),
                number(n, "maxDimensions", d.maxDimensions()),
                number(n, "minPoints", d.minPoints()),
                number(n, "maxPoints", d.maxPoints()),
                number(n, "maxInputBytes", d.maxInputBytes()));
    }

    private static void known(JsonNode n, String at, Set<String> keys) {
        n.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new PackageJsonException(
                        at + "/" + k,
                        "Unbekannter Schlüssel „" + k + "“ in der " + "Hauskonfiguration: erlaubt sind "
                                + keys.stream().sorted().toList() + ".");
            }
        });
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode n = root.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.isTextual() || n.textValue().isBlank()) {
            throw new PackageJsonException("/" + key, "„" + key + "“ muss ein nicht leerer Text sein.");
        }
        return n.textValue();
    }

    private static int number(JsonNode root, String key, int fallback) {
        return (int) number(root, key, (long) fallback);
    }

    private static long number(JsonNode root, String key, long fallback) {
        JsonNode n = root.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.longValue() < 0) {
            throw new PackageJsonException("/limits/" + key, "„" + key + "“ muss eine ganze Zahl ab 0 sein.");
        }
        return n.longValue();
    }
}
