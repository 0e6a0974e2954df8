/** Commands and events of the report category catalogue (Open311's "services"). */
package org.pointsbank.core.category.api;
