package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.RouteSegment;
import com.sendense.console.hub.HubPath;
import java.util.stream.Collectors;

/**
 * A mount path as the file browser's wildcard route parameter: each segment written as a
 * {@link RouteSegment}, so names holding anything ({@code 100% done.txt}, {@code C# notes}, a
 * {@code /} from a Windows name) survive client-side navigation and reloads alike.
 */
final class PathParam {

    private PathParam() {}

    static String encode(HubPath path) {
        return path.segments().stream().map(RouteSegment::encode).collect(Collectors.joining("/"));
    }

    static String decode(String param) {
        return "/" + RouteSegment.decode(param);
    }
}
