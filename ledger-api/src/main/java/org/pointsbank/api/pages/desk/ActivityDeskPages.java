package org.pointsbank.api.pages.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import org.pointsbank.api.activity.ActivityCloses;
import org.pointsbank.api.activity.CloseResponse;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.pages.shared.ReadYourWrites;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.activity.ActivityRow;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the activity desk's pages share: the activity page's model (the read models the API reads, the close's
 * outcome as the close answers it), the answer of a recorded form (Post/Redirect/Get once the read model shows it),
 * and the wait for the read model, which follows the events by milliseconds ({@link ReadYourWrites}).
 */
@Component
class ActivityDeskPages {

    static final String[] FORMS = {"rosterForm", "scanForm", "attendanceForm", "closeForm"};

    private final ActivityRepository activities;
    private final StationRepository stations;
    private final ActivityCloses closes;
    private final ObjectMapper json;
    private final Clock clock;
    private final Validator validator;
    private final ReadYourWrites readYourWrites;

    ActivityDeskPages(
            ActivityRepository activities,
            StationRepository stations,
            ActivityCloses closes,
            ObjectMapper json,
            Clock clock,
            Validator validator,
            ReadYourWrites readYourWrites) {
        this.activities = activities;
        this.stations = stations;
        this.closes = closes;
        this.json = json;
        this.clock = clock;
        this.validator = validator;
        this.readYourWrites = readYourWrites;
    }

    /**
     * Checks the API's request record a form makes against the record's own constraints, each violation marked on
     * the form's field of the same name (its code, e.g. {@code NotBlank}, is the message), or on the form.
     */
    void validate(Object request, BindingResult binding) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String code = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            String field = violation.getPropertyPath().iterator().next().getName();
            if (field != null && binding.getFieldErrorCount(field) == 0 && isField(binding, field)) {
                binding.rejectValue(field, code);
            } else if (field == null || !isField(binding, field)) {
                binding.reject(code);
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }

    ActivityRow activity(String activityId) {
        return activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
    }

    String stationName(String stationId) {
        return stations.find(stationId).map(StationRow::name).orElse(stationId);
    }

    /** The activity page: the activity, its roster, the close's outcome, and a fresh form where none is given. */
    ModelAndView activityPage(String activityId, Model model, HttpStatus status) {
        ActivityRow activity = activity(activityId);
        model.addAttribute("activity", activity);
        model.addAttribute("stationName", stationName(activity.stationId()));
        model.addAttribute("roster", activities.roster(activityId));
        model.addAttribute("outcome", closes.outcome(activityId).orElse(null));
        model.addAttribute("zone", zone());
        for (String form : FORMS) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, fresh());
            }
        }
        ModelAndView page = new ModelAndView("desk/activity");
        page.setStatus(status);
        return page;
    }

    /** The business zone the desk shows times in: the ledger clock's. */
    ZoneId zone() {
        return clock.getZone();
    }

    CloseResponse outcome(String activityId) {
        return closes.outcome(activityId).orElse(null);
    }

    static KeyedForm fresh() {
        KeyedForm form = new KeyedForm();
        form.setFormKey(FormKeys.issue());
        return form;
    }

    /** 303 to {@code path}, the answer's note in the flash: recorded, or already recorded (a form sent twice). */
    static ModelAndView seeOther(String path, ResponseEntity<String> answer, String note, RedirectAttributes flash) {
        flash.addFlashAttribute("note", note);
        flash.addFlashAttribute("replayed", answer.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER));
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    JsonNode body(ResponseEntity<String> answer) {
        try {
            return json.readTree(answer.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException("the stored answer is JSON", e);
        }
    }

    /**
     * A refused form: as {@link PageRefusals#render}, but a refusal that names no field (the card is checked in
     * already, the activity is full) is shown next to {@code field}, the one the form is about.
     */
    static HttpStatus refuse(Model model, BindingResult binding, RuntimeException failure, String field) {
        PageRefusals.Refusal refusal = PageRefusals.Refusal.of(failure);
        if (refusal != null && refusal.field() == null) {
            binding.rejectValue(field, refusal.messageKey());
            model.addAttribute("refusal", refusal);
            return refusal.status();
        }
        return PageRefusals.render(model, binding, failure);
    }

    /**
     * Waits (at most {@link ReadYourWrites#PATIENCE}) until {@code shown}: the page after the redirect then shows the
     * change; on a timeout it shows what the read model has.
     */
    void awaitReadModel(BooleanSupplier shown) {
        readYourWrites.await(shown);
    }
}
