/** A station's gift catalogue: adding gifts, restocking, repricing, retiring them, and listing what is offered. */
package org.pointsbank.api.gift;
