/** Text helpers of the house style that need no language model: German typography, slugs, escaping, placeholders. */
package de.ozd.newsroom.core.text;
