package de.ozd.newsroom.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ozd.newsroom.store.State;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a request brings, strictly: bodies within the size limit, valid UTF-8 without control characters, JSON
 * objects without unknown fields, parameters of the right type and range. Every refusal is an {@link ApiException}
 * with a stable code and a German message (and the field it concerns). Thread-safe.
 */
final class Requests {
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ServerSettings settings;

    private final ConnectionLimits.BodyGate gate;

    Requests(ServerSettings settings) {
        this(settings, ConnectionLimits.DEFAULT);
    }

    Requests(ServerSettings settings, ConnectionLimits limits) {
        this.settings = settings;
        this.gate = new ConnectionLimits.BodyGate(limits.maxBodiesPerClient());
    }

    /** A request body: a JSON object (checked for unknown fields), house text, or none (where a body is optional). */
    sealed interface Body permits JsonBody, TextBody, NoBody {
        /** A text field of a JSON body; {@code null} when absent or when the body is not JSON. */
        default String text(String field) {
            return this instanceof JsonBody j ? optText(j.node(), field) : null;
        }

        /** A positive integer field of a JSON body; {@code null} when absent or when the body is not JSON. */
        default Integer integer(String field) {
            return this instanceof JsonBody j ? optInt(j.node(), field) : null;
        }

        /** A boolean field of a JSON body; {@code false} when absent or when the body is not JSON. */
        default boolean flag(String field) {
            return this instanceof JsonBody j && optBool(j.node(), field);
        }
    }

    /** A JSON object whose fields are all known to the route. */
    record JsonBody(JsonNode node) implements Body {}

    /** House text ({@code text/plain}). */
    record TextBody(String text) implements Body {}

    /** No body, where the route allows none. */
    record NoBody() implements Body {}

    Body body(Context ctx, Set<String> fields) {
        return body(ctx, fields, false);
    }

    Body body(Context ctx, Set<String> fields, boolean optional) {
        // the declared length as a long: an int says -1 above 2 GiB, which let 3 GB through to a read without cap
        long declared = ctx.req().getContentLengthLong();
        if (declared > settings.maxBodyBytes()) {
            throw tooLarge(declared);
        }
        byte[] bytes;
        try {
            // counted while reading, so a chunked body stops at the limit, not after it has all arrived
            bytes = gate.read(ctx.ip(), ctx.req().getInputStream(), settings.maxBodyBytes(), this::tooLarge);
        } catch (java.io.IOException e) {
            throw new ApiException(400, "malformed_body", "Der Inhalt der Anfrage ließ sich nicht lesen.");
        }
        if (bytes.length > settings.maxBodyBytes()) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            if (optional) {
                return new NoBody();
            }
            throw new ApiException(400, "empty_body", "Der Anfrage fehlt der Inhalt.");
        }
        String text = utf8(bytes);
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/plain")
                && (type.length() == 10 || type.charAt(10) == ';' || type.charAt(10) == ' ')) {
            if (fields.contains("text")) {
                return new TextBody(text);
            }
            throw new ApiException(
                    415, "unsupported_media_type", "Erwartet wird JSON (Content-Type: application/json).");
        }
        // the media type exactly: application/json with parameters, not application/jsonp or application/json-seq
        String media = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
        if (!type.isEmpty() && !media.equals("application/json")) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "Content-Type „" + shorten(type) + "“ wird nicht "
                            + "angenommen: erwartet wird application/json"
                            + (fields.contains("text") ? " oder text/plain" : "")
                            + ".");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ApiException(
                    400,
                    "invalid_json",
                    at == null
                            ? "Kein gültiges JSON (zu tief verschachtelt oder zu groß)."
                            : "Kein gültiges JSON (Zeile " + at.getLineNr() + ", Spalte " + at.getColumnNr() + ").");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "invalid_json", "Erwartet wird ein JSON-Objekt.");
        }
        refuseControlCharacters(node, "");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw field(
                        "unknown_field",
                        name,
                        "Unbekanntes Feld „" + shorten(name) + "“; erlaubt sind: "
                                + String.join(", ", new java.util.TreeSet<>(fields)) + ".");
            }
        }
        return new JsonBody(node);
    }

    /**
     * JSON escapes ({@code \\u0000}, {@code \\u001b}, {@code \\ud800}) bring what the raw-body check cannot see:
     * control characters other than tab and line breaks, and lone surrogates, are refused (422) in every key and
     * value, naming the field as a JSON pointer. Line breaks are judged per field (house text, package, author).
     */
    static void refuseControlCharacters(JsonNode n, String at) {
        if (n.isTextual()) {
            refuseControlCharacters(n.textValue(), at);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                refuseControlCharacters(n.get(i), at + "/" + i);
            }
        } else if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                refuseControlCharacters(key, at + "/" + key);
                refuseControlCharacters(n.get(key), at + "/" + key);
            }
        }
    }

    static void refuseControlCharacters(String s, String at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String what = null;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                what = "ein einzelnes Ersatzzeichen (kein gültiges Unicode)";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                what = "ein Steuerzeichen";
            }
            if (what != null) {
                String field = at.startsWith("/") ? at.substring(1) : at;
                throw new ApiException(
                        422,
                        "control_character",
                        "„" + shorten(field) + "“ enthält " + what + " (" + String.format("U+%04X", (int) c)
                                + ") an Zeichen " + i + ".",
                        field);
            }
        }
    }

    static String optText(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw field("wrong_type", name, "„" + name + "“ muss eine Zeichenkette sein.");
        }
        return v.asText();
    }

    static Integer optInt(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
            throw field("wrong_type", name, "„" + name + "“ muss eine positive ganze Zahl sein.");
        }
        return v.asInt();
    }

    static boolean optBool(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw field("wrong_type", name, "„" + name + "“ muss true oder false sein.");
        }
        return v.asBoolean();
    }

    static String utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                    throw new ApiException(
                            422,
                            "control_character",
                            "Der Inhalt enthält ein Steuerzeichen (U+" + String.format("%04X", (int) c)
                                    + ") an Zeichen " + i + ".");
                }
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_utf8", "Der Inhalt ist kein gültiges UTF-8.");
        }
    }

    ApiException tooLarge(long size) {
        return new ApiException(
                413,
                "too_large",
                "Der Inhalt ist " + size + " Bytes groß; erlaubt sind " + settings.maxBodyBytes() + " Bytes.");
    }

    static int parseRevision(String s, String name) {
        if (s == null || !s.matches("\\d{1,9}") || Integer.parseInt(s) < 1) {
            throw field("bad_parameter", name, "„" + name + "“ muss eine Revisionsnummer sein (1, 2, …).");
        }
        return Integer.parseInt(s);
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        if (!v.strip().matches("-?\\d{1,9}")) {
            throw field("bad_parameter", name, "„" + name + "“ muss eine ganze Zahl sein.");
        }
        int n = Integer.parseInt(v.strip());
        if (n < min || n > max) {
            throw field("bad_parameter", name, "„" + name + "“ muss zwischen " + min + " und " + max + " liegen.");
        }
        return n;
    }

    static Optional<String> stringParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 200) {
            throw field("bad_parameter", name, "„" + name + "“ ist zu lang (höchstens 200 Zeichen).");
        }
        return Optional.ofNullable(v).filter(s -> !s.isBlank());
    }

    static String dateParam(Context ctx, String name) {
        String v = stringParam(ctx, name).orElse(null);
        if (v != null && !DATE.matcher(v).matches()) {
            throw field("bad_parameter", name, "„" + name + "“ muss ein Datum JJJJ-MM-TT sein.");
        }
        return v;
    }

    static ApiException field(String code, String field, String message) {
        return new ApiException(400, code, message, field);
    }

    /**
     * The author of a change is who authenticated: the token's name. The body's {@code author} (or
     * {@code X-OZD-Author}) is only a display note, recorded after it as {@code name (Angabe: note)}, so no token
     * can write history in another's name. Without token checking (the demo) the given author stands, else
     * {@code api}.
     */
    static String author(Context ctx, Body body) {
        String given = body instanceof JsonBody ? body.text("author") : ctx.header("X-OZD-Author");
        if (given != null) {
            refuseControlCharacters(given, "author");
            if (given.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
                throw new ApiException(422, "control_character", "„author“ ist eine Zeile ohne Umbrüche.", "author");
            }
            given = given.strip();
        }
        String token = ctx.attribute(RequestGuards.TOKEN);
        if (token == null) {
            return given == null || given.isEmpty() ? "api" : given;
        }
        return given == null || given.isEmpty() || given.equals(token) ? token : token + " (Angabe: " + given + ")";
    }

    /** A workflow state given as a query parameter. */
    static Optional<State> stateParam(Context ctx, String name) {
        return stringParam(ctx, name)
                .map(s -> State.byKey(s)
                        .orElseThrow(() -> field(
                                "bad_parameter",
                                name,
                                "Unbekannter Status „" + shorten(s) + "“; erlaubt: " + State.keys() + ".")));
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static boolean wantsText(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/plain") && !accept.contains("application/json");
    }
}
