package dev.leadkit.core;

/**
 * A sync run could not read every lead: the vendor's pages kept shifting under it (leads created, updated or
 * deleted while it read), so that each of its reads showed a sign of a skipped lead (fewer distinct leads than
 * the vendor counted, a total that fell between two pages, a lead met again in a newer version), or the leads
 * sharing one update time could not all be read. No checkpoint is given for such a run: run again
 * from the same old checkpoint, which loses nothing. The message says how many leads each read found, what
 * the vendor counted, and which signs the last read showed.
 */
public class SyncIncompleteException extends LeadkitException {

    private static final long serialVersionUID = 1L;

    /**
     * An incomplete run, with what it read and what the vendor counted.
     *
     * @param message what the run read and what the vendor counted
     */
    public SyncIncompleteException(String message) {
        super(message);
    }
}
