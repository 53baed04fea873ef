package dev.leadkit.core.internal.databind;

/** A dialect's enum, written by name. */
public enum SampleStatus {
    NEW,
    IN_PROGRESS,
    UNKNOWN
}
