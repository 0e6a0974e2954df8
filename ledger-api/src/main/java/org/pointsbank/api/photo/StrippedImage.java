package org.pointsbank.api.photo;

/** An image with its metadata removed, and the dimensions its header declares. */
record StrippedImage(ImageKind kind, byte[] bytes, int width, int height) {}
