/**
 * The template model: every value templates print, computed and escaped here, so that templates
 * only branch and loop.
 */
package dev.streamstarter.model;
