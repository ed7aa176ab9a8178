/** The typed views the jte templates under {@code src/main/jte} take. */
package de.ozd.newsroom.publish.internal.html;
