package de.ozd.newsroom.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code drafting} object of the house configuration file. */
class DraftingSettingsJsonTest {

    @Test
    void readsEveryKeyAndLeavesTheHouseAlone() {
        String json =
                "{\"brand\": \"ABC\", \"drafting\": {\"engine\": \"llm\", \"llmUrl\": \"http://127.0.0.1:11434/v1\","
                        + " \"model\": \"qwen2.5:7b\", \"timeoutSeconds\": 300, \"temperature\": 0.3, \"maxTokens\": 2048,"
                        + " \"promptDir\": \"prompts\"}}";
        assertThat(HouseConfigJson.drafting(json))
                .isEqualTo(new DraftingSettings(
                        Optional.of("llm"),
                        Optional.of("http://127.0.0.1:11434/v1"),
                        Optional.of("qwen2.5:7b"),
                        Optional.of(300),
                        Optional.of(0.3),
                        Optional.of(2048),
                        Optional.of("prompts")));
        HouseConfig house = HouseConfigJson.read(json);
        assertThat(house.brand()).isEqualTo("ABC");
        assertThat(house.limits()).isEqualTo(HouseConfig.OZD.limits());
    }

    @Test
    void noDraftingObjectMeansNothingConfigured() {
        assertThat(HouseConfigJson.drafting("{\"brand\": \"ABC\"}")).isEqualTo(DraftingSettings.NONE);
    }

    @Test
    void refusesAKeyInTheFileUnknownKeysAndBadValues() {
        assertThatThrownBy(() -> HouseConfigJson.drafting("{\"drafting\": {\"apiKey\": \"sk-1\"}}"))
                .hasMessageContaining("OZD_LLM_API_KEY")
                .hasMessageNotContaining("sk-1");
        assertThatThrownBy(() -> HouseConfigJson.drafting("{\"drafting\": {\"modell\": \"x\"}}"))
                .hasMessageContaining("Unbekannter Schlüssel „modell“");
        assertThatThrownBy(() -> HouseConfigJson.drafting("{\"drafting\": {\"engine\": \"gpt\"}}"))
                .hasMessageContaining("„engine“ ist „extractive“, „llm“ oder „auto“");
        assertThatThrownBy(() -> HouseConfigJson.drafting("{\"drafting\": {\"timeoutSeconds\": 0}}"))
                .hasMessageContaining("ganze Zahl ab 1");
        assertThatThrownBy(() -> HouseConfigJson.drafting("{\"drafting\": {\"temperature\": 5}}"))
                .hasMessageContaining("von 0 bis 2");
    }
}
