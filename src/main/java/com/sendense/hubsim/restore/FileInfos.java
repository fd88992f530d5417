package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.Node;
import com.sendense.hubsim.files.model.RegularFile;
import com.sendense.hubsim.files.model.Symlink;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoTime;
import java.nio.charset.StandardCharsets;

/** {@code restore.FileInfo} as {@code buildFileInfo} fills it from an {@code os.FileInfo}. */
final class FileInfos {

    private final GoTime time;

    FileInfos(GoTime time) {
        this.time = time;
    }

    /** {@code parentHostPath}, where the node lives on the host, decides how an NTFS junction's target reads. */
    GoJson.Struct of(Node node, String path, String parentHostPath, boolean withTarget) {
        GoJson.Struct s = GoJson.struct()
                .put("name", node.name())
                .put("path", path)
                .put("type", node instanceof Directory ? "directory" : "file")
                .put("size", size(node, parentHostPath))
                .put("mode", String.format("%04o", node.mode() & 0777))
                .put("modified_time", time.rfc3339Nano(node.modified()))
                .put("is_symlink", node instanceof Symlink);
        if (withTarget && node instanceof Symlink link) {
            s.putOmitEmpty("symlink_target", target(link, parentHostPath));
        }
        return s;
    }

    /** What {@code stat} reports: a symlink's size is the length of its target. */
    static long size(Node node, String parentHostPath) {
        return switch (node) {
            case Directory d -> d.statSize();
            case RegularFile f -> f.size();
            case Symlink l -> target(l, parentHostPath).getBytes(StandardCharsets.UTF_8).length;
        };
    }

    /** {@code os.Readlink}: the raw target; ntfs-3g renders a junction as an absolute host path. */
    static String target(Symlink link, String parentHostPath) {
        return link.target().render(HubNamespace.mountPointOf(parentHostPath));
    }
}
