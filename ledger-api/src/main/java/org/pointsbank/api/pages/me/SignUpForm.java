package org.pointsbank.api.pages.me;

/** Signing up for one activity from the volunteer's list: the activity and the form's key. */
public record SignUpForm(String activityId, String formKey) {}
