import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Where the console's start-up time goes (bench/startup-steps.sh runs it on the extracted production jar): starts
 * the console with Spring's BufferingApplicationStartup, times the first GET /login after SpringApplication.run
 * returns, and prints every recorded start-up step that took at least -Dsteps.min milliseconds (default 100), in
 * order of start, with its bean name or other tags. Steps nest, so a parent's time includes its children's.
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        SpringApplication app = new SpringApplication(Class.forName("com.sendense.console.Application"));
        app.setApplicationStartup(startup);
        var context = app.run(args);
        long started = System.nanoTime();
        URI login = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/login");
        HttpClient http = HttpClient.newHttpClient();
        int status = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        long first = System.nanoTime();
        http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding());
        long second = System.nanoTime();
        System.out.printf("STEP SpringApplication.run %d ms; first GET /login %d ms (status %d); second %d ms%n",
                (started - t0) / 1_000_000, (first - started) / 1_000_000, status, (second - first) / 1_000_000);
        long min = Long.getLong("steps.min", 100);
        var timeline = startup.getBufferedTimeline();
        timeline.getEvents()
                .stream()
                .filter(e -> e.getDuration().toMillis() >= min)
                .sorted(Comparator.comparing(TimelineEvent::getStartTime))
                .forEach(e -> {
                    StringBuilder tags = new StringBuilder();
                    e.getStartupStep().getTags().forEach(t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
                    System.out.printf("STEP %6d ms at %6d ms  %s%s%n", e.getDuration().toMillis(),
                            Duration.between(timeline.getStartTime(), e.getStartTime()).toMillis(),
                            e.getStartupStep().getName(), tags.toString().replaceAll("\\s+", " "));
                });
        System.exit(0);
    }
}
