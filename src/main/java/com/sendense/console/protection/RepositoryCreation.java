package com.sendense.console.protection;

import com.sendense.console.hub.Repository;

/**
 * A created repository as the hub lists it afterwards. {@code storageReadable} is false when the
 * hub could not measure it, which for NFS and CIFS means the share could not be mounted.
 */
public record RepositoryCreation(Repository repository, boolean listed, boolean storageReadable) {}
