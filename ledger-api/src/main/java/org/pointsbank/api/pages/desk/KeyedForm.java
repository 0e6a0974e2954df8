package org.pointsbank.api.pages.desk;

/**
 * A desk form about one activity: a text field ({@code cardIds} for the roster, {@code cardId} for a scan, {@code
 * entries} for paper attendance, named as the API's field so a refusal lands next to it), the scan's direction, and
 * the form's key.
 */
public class KeyedForm {

    private String cardIds;
    private String cardId;
    private String entries;
    private String direction = "in";
    private String formKey;

    public String getCardIds() {
        return cardIds;
    }

    public void setCardIds(String cardIds) {
        this.cardIds = cardIds;
    }

    public String getCardId() {
        return cardId;
    }

    public void setCardId(String cardId) {
        this.cardId = cardId;
    }

    public String getEntries() {
        return entries;
    }

    public void setEntries(String entries) {
        this.entries = entries;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }
}
