package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorArgsTest {

    @Test
    void standalone_defaults_to_port_8082_with_the_hubs_behaviour() {
        SimulatorConfig c = SimulatorConfig.fromArgs(new String[0], Map.of());

        assertThat(c.port()).isEqualTo(8082);
        assertThat(c.authEnabled()).isTrue();
        assertThat(c.telemetryInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.world()).isEqualTo(SimulatorConfig.World.DEMO);
    }

    @Test
    void command_line_overrides_environment() {
        SimulatorConfig c = SimulatorConfig.fromArgs(new String[]{"--port=9000", "--auth=false"},
                Map.of("SIM_PORT", "9100", "SIM_SEED", "42", "SIM_AUTH", "true", "SIM_WORLD", "empty"));

        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.seed()).isEqualTo(42);
        assertThat(c.authEnabled()).isFalse();
        assertThat(c.world()).isEqualTo(SimulatorConfig.World.EMPTY);
    }

    @Test
    void host_directories_repeat_on_the_command_line_and_split_on_semicolons_in_the_environment() {
        assertThat(
                SimulatorConfig.fromArgs(new String[]{"--host-dir=fs01/1=/srv/a", "--host-dir=dc01/0=/srv/b"}, Map.of())
                        .hostDirectories())
                .containsEntry("fs01/1", Path.of("/srv/a"))
                .containsEntry("dc01/0", Path.of("/srv/b"));
        assertThat(SimulatorConfig.fromArgs(new String[0], Map.of("SIM_HOST_DIRS", "fs01/1=/srv/a;web-01/0=/srv/c"))
                .hostDirectories()).hasSize(2);
    }

    @Test
    void time_scale_divides_the_hubs_timers_and_speeds_up_backups() {
        SimulatorConfig c = SimulatorConfig.fromArgs(new String[]{"--time-scale=10"}, Map.of());

        assertThat(c.mountTtl()).isEqualTo(Duration.ofMinutes(6));
        assertThat(c.cleanupInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.telemetryInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.staleJobTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.backupBytesPerSecond()).isEqualTo(10L << 30);
        assertThat(c.writeTimeout()).as("transport behaviour is not scaled").isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void unknown_or_malformed_options_are_rejected() {
        assertThatThrownBy(() -> SimulatorConfig.fromArgs(new String[]{"--colour=red"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> SimulatorConfig.fromArgs(new String[]{"--host-dir=/srv/a"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorConfig.fromArgs(new String[]{"port=1"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
