package org.pointsbank.api.pages.desk;

import java.time.LocalDate;
import org.pointsbank.api.activity.PlanActivityRequest;

/**
 * The desk's form that plans an activity: the fields of the API's {@link PlanActivityRequest} (validated as that
 * record, so the page holds no rule of its own), the station its page showed and the form's key.
 */
public class PlanForm {

    private String stationId;
    private String kind = "VOLUNTEER";
    private String title;
    private LocalDate date;
    private String startTime = "09:00";
    private String endTime = "11:00";
    private Integer capacity;
    private boolean selfCheckIn = true;
    private String formKey;

    public PlanActivityRequest request() {
        return new PlanActivityRequest(kind, title, date, startTime, endTime, capacity, selfCheckIn);
    }

    /** The station the form's page showed, where the activity is planned (checked by the API's rule). */
    public String getStationId() {
        return stationId;
    }

    public void setStationId(String stationId) {
        this.stationId = stationId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isSelfCheckIn() {
        return selfCheckIn;
    }

    public void setSelfCheckIn(boolean selfCheckIn) {
        this.selfCheckIn = selfCheckIn;
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }
}
