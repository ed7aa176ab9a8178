/** Implementation of the parser and writer: line reader, line classifier, the parse state machine, node emitter. */
package de.ozd.newsroom.core.format.internal;
