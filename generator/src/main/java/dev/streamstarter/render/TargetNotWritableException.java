package dev.streamstarter.render;

/** The target folder cannot take the project (exists and is not empty, or is not replaceable). */
public final class TargetNotWritableException extends Exception {

    public TargetNotWritableException(String message) {
        super(message);
    }
}
