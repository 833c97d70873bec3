package org.sevasurge.service.documents;

/**
 * A document that cannot be accepted: too large ({@code 413}) or not a PDF, JPEG or PNG ({@code 415}).
 */
public final class DocumentRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final int status;

    public DocumentRejected(int position, int status, String reason) {
        super(reason, null, false, false);
        this.position = position;
        this.status = status;
    }

    public int position() {
        return position;
    }

    public int status() {
        return status;
    }
}
