/** Renderer implementations and their helpers; not an API. Reach them through {@code Renderers}. */
package de.ozd.newsroom.publish.internal;
