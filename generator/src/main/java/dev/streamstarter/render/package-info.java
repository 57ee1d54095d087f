/** Rendering a checked project into files, and writing them so that a failure leaves nothing. */
package dev.streamstarter.render;
