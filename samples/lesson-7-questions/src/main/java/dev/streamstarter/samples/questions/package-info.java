/**
 * The lesson-7-questions streaming job: configuration, session set-up, and one pipeline per
 * streaming query, each split into source wiring, a pure transformation and sink wiring.
 */
package dev.streamstarter.samples.questions;
