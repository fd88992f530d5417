package com.sendense.console.hub;

/**
 * Where a new repository stores its backups. The hub tests only a local path for real; for NFS and
 * CIFS its "connection test" checks that the fields are filled and nothing more.
 */
public sealed interface RepositorySpec {

    RepositoryType type();

    record Local(String path) implements RepositorySpec {

        @Override
        public RepositoryType type() {
            return RepositoryType.LOCAL;
        }
    }

    /** {@code nfsVersion} is text on the wire ({@code "4.1"}); a number is refused. */
    record Nfs(String server, String exportPath, String mountPoint, String nfsVersion,
            String mountOptions) implements RepositorySpec {

        @Override
        public RepositoryType type() {
            return RepositoryType.NFS;
        }
    }

    /** The hub stores the password in clear and returns it; it is never read back into a record. */
    record Cifs(String server, String shareName, String mountPoint, String username, String password, String domain,
            String mountOptions) implements RepositorySpec {

        @Override
        public RepositoryType type() {
            return RepositoryType.CIFS;
        }

        @Override
        public String toString() {
            return "Cifs[server=%s, shareName=%s, mountPoint=%s, username=%s, password=***, domain=%s]"
                    .formatted(server, shareName, mountPoint, username, domain);
        }
    }
}
