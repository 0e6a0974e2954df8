/**
 * The benchmark baselines (benchmark profile only): (b) a credit and a card read behind the plainest controller;
 * (c) a credit's durable work without the framework, behind the API's security chain.
 */
package org.pointsbank.api.bench;
