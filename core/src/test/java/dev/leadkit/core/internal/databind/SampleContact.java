package dev.leadkit.core.internal.databind;

/** What a sample lead shares with a contact, as a dialect's lead inherits accessors from an interface. */
public interface SampleContact {

    /** {@return the number to call} */
    String phoneNumber();
}
