package org.pointsbank.api.photo;

/** A photo that passed {@link PhotoCheck}: its media type, its stripped bytes and their SHA-256 (lower-case hex). */
record CheckedPhoto(String contentType, byte[] bytes, String sha256) {}
