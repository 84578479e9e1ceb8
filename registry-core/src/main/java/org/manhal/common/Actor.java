package org.manhal.common;

import java.util.Objects;

/**
 * Who makes a change; recorded in the history of what they change.
 *
 * @param name the account name, or {@code anonymous} until the security layer names the caller
 */
public record Actor(String name) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
