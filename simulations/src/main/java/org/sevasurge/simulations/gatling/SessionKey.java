package org.sevasurge.simulations.gatling;

import io.gatling.javaapi.core.Session;

/**
 * A typed key of a Gatling session: its name, the type of its value and its Gatling EL form, read and written through
 * one place so a journey never guesses a string or a cast. Names must not contain dots (EL reads {@code #{a.b}} as a
 * property of {@code a}). Immutable; Gatling sessions are immutable too, so {@link #set} returns the new session.
 *
 * @param name the session attribute's name
 * @param type the type of its value
 * @param <T>  the type of its value
 */
public record SessionKey<T>(String name, Class<T> type) {

    public SessionKey {
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("a session key name has no dots and is not blank: '" + name + "'");
        }
    }

    /** @return a key of {@code type} named {@code name} */
    public static <T> SessionKey<T> of(String name, Class<T> type) {
        return new SessionKey<>(name, type);
    }

    /** @return the Gatling EL expression of this key, e.g. {@code #{ref}} */
    public String el() {
        return "#{" + name + "}";
    }

    /** @return the value in {@code session}; an {@link IllegalStateException} naming the key when it is absent */
    public T get(Session session) {
        Object value = session.get(name);
        if (value == null) {
            throw new IllegalStateException("session key '" + name + "' is not set");
        }
        return type.cast(value);
    }

    /** @return the value in {@code session}, or {@code fallback} when it is absent */
    public T getOr(Session session, T fallback) {
        Object value = session.get(name);
        return value == null ? fallback : type.cast(value);
    }

    /** @return whether {@code session} holds this key */
    public boolean in(Session session) {
        return session.contains(name);
    }

    /** @return {@code session} with this key set to {@code value} */
    public Session set(Session session, T value) {
        return session.set(name, value);
    }

    /** @return {@code session} without this key */
    public Session remove(Session session) {
        return session.remove(name);
    }
}
