package com.sendense;

import com.sendense.console.Application;
import com.sendense.hubsim.SimulatorMain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * {@code --simulator} runs only the hub simulator, a stand-in for a remote hub. Whether the console also starts
 * the embedded demo hub is decided by {@link DemoHubEnvironmentPostProcessor}.
 *
 * @see "docs/decisions/004-20261124-hub-simulator.md"
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.remove("--simulator")) {
            SimulatorMain.main(arguments.toArray(String[]::new));
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
