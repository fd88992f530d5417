package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Contents;
import com.sendense.hubsim.files.gen.Prng;
import com.sendense.hubsim.files.model.LazyDirectory;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Documents/Projects}, the folder that differs between recovery points in a known way, for comparing two of
 * them: a stand-up note written at 09:15 on each of the last three days (so a later backup has newer notes and lacks
 * the oldest), and {@code Progress log.txt}, which gets a line at 17:30 every day (so it grows and its time moves).
 * The other entries keep their time until they change ({@link Scope#steadyTime}). Everything depends on the backup's
 * capture time alone: two backups of the same day show no difference.
 *
 * <p>Two names are as awkward as Windows allows, for the console to show literally: {@link #OFFER}, with an
 * ampersand, an apostrophe, brackets, a hash, a percent sign, umlauts and an en dash, which changes with the log
 * (so a compare lists it) and whose text holds markup; and {@link #LONG_NAME}, exactly 120 characters.
 */
final class ProjectDiary {

    static final LocalTime STAND_UP = LocalTime.of(9, 15);
    static final LocalTime LOG_LINE = LocalTime.of(17, 30);
    private static final LocalDate LOG_START = LocalDate.of(2024, 1, 1);
    private static final int NOTES = 3;
    static final String OFFER = "Angebot Müller & Söhne – 'Q3' [final] #1 (50% off).txt";
    static final String LONG_NAME = "Quarterly-business-review-EMEA-north-region-sales-forecast-and-pipeline-"
            + "summary-for-the-board-final-v12.3a-approved.docx";

    private ProjectDiary() {}

    static List<Node> entries(Scope s, String author) {
        Instant captured = s.context().capturedAt();
        ZoneId zone = s.context().zone();
        LocalDate today = captured.atZone(zone).toLocalDate();
        List<Node> list = new ArrayList<>();
        list.add(Docs.steady(s, "Requirements.docx", Age.MONTHS, author));
        list.add(Docs.steady(s, "Timeline.xlsx", Age.MONTHS, author));
        list.add(new LazyDirectory("Old drafts", s.steadyTime("Old drafts", Age.OLD), s.context().fs().directoryMode(),
                s.context().fs(), List::of));
        for (int back = NOTES - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            Instant written = day.atTime(STAND_UP).atZone(zone).toInstant();
            if (written.isBefore(captured)) {
                list.add(note(s, day, written, author));
            }
        }
        LocalDate lastLine = today.atTime(LOG_LINE).atZone(zone).toInstant().isBefore(captured)
                ? today
                : today.minusDays(1);
        if (!lastLine.isBefore(LOG_START)) {
            Instant time = lastLine.atTime(LOG_LINE).atZone(zone).toInstant();
            list.add(new RegularFile("Progress log.txt", time, s.context().fs().fileMode(),
                    Contents.text(() -> log(s, lastLine))));
            list.add(new RegularFile(OFFER, time, s.context().fs().fileMode(),
                    Contents.text(() -> "Angebot für " + author
                            + " <b>fett?</b> <script>alert('x')</script> & \"Anführungszeichen\"\r\nStand: " + lastLine
                            + "\r\n")));
        }
        list.add(Docs.steady(s, LONG_NAME, Age.MONTHS, author));
        return list;
    }

    private static RegularFile note(Scope s, LocalDate day, Instant written, String author) {
        String name = "Stand-up " + day + ".txt";
        long seed = s.seed(name);
        return new RegularFile(name, written, s.context().fs().fileMode(), Contents.text(() -> "Stand-up " + day + " ("
                + author + ")\r\n\r\n" + String.join("\r\n", Prose.lines(new Prng(seed), 4, 70)) + "\r\n"));
    }

    private static String log(Scope s, LocalDate last) {
        StringBuilder out = new StringBuilder("Progress log\r\n");
        Prng prng = new Prng(s.seed("Progress log.txt"));
        for (LocalDate d = LOG_START; !d.isAfter(last); d = d.plusDays(1)) {
            out.append(d).append("  ").append(Prose.lines(prng, 1, 60).getFirst()).append("\r\n");
        }
        return out.toString();
    }
}
