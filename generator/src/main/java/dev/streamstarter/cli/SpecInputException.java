package dev.streamstarter.cli;

/** The spec file or the mix of flags given cannot be read. */
final class SpecInputException extends Exception {

    SpecInputException(String message) {
        super(message);
    }
}
