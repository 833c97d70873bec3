package org.sevasurge.testbed.containers;

import java.util.List;

/**
 * Checks documents on a containers testbed's volume from its keeper container: the service stores each one as
 * {@code <first two hex digits>/<sha256>}, so a file whose {@code sha256sum} matches its name is intact.
 * Stateless and thread-safe.
 */
final class DocumentFiles {

    private DocumentFiles() {}

    /** How many of {@code sha256s} are on the volume with matching content. */
    static int intact(ContainersTestbed testbed, List<String> sha256s) throws Exception {
        StringBuilder script = new StringBuilder("cd " + DocumentsVolume.KEEPER_PATH + " && sha256sum");
        for (String sha : sha256s) {
            script.append(' ').append(sha, 0, 2).append('/').append(sha);
        }
        ContainerControl.ExecResult result = new ContainerControl(DockerAvailability.client())
                .exec(testbed.containerIds().get("keeper"), "sh", "-c", script + " 2>&1; true");
        int intact = 0;
        for (String line : result.output().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && parts[1].endsWith("/" + parts[0])) {
                intact++;
            }
        }
        return intact;
    }
}
