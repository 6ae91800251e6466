/** {@code sitrep serve}: the REST API over the ledger and the web app, in one process. */
package org.sitrep.serve;
