/** Text helpers of the house style that need no language model: German typography. */
package de.ozd.newsroom.core.text;
