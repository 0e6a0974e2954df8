package org.pointsbank.api.pages.desk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Iterator;
import org.pointsbank.api.card.HolderRequest;
import org.pointsbank.api.card.IssueCardRequest;
import org.springframework.validation.BindingResult;

/**
 * The desk's form to issue a card at its station, as the browser sends it: the holder's name and phone are
 * optional, blank fields mean none. It holds no rule of its own: the API's {@link IssueCardRequest} it makes is what
 * is validated ({@link #validate}) and what identifies "the same request" to the idempotency store.
 */
public record IssueCardForm(String stationId, String holderName, String holderPhone) {

    /** The request the API would be given. */
    public IssueCardRequest request() {
        return new IssueCardRequest(stationId, holder());
    }

    /** The holder data the API would be given, or null when there is none. */
    public HolderRequest holder() {
        String name = blankToNull(holderName);
        String phone = blankToNull(holderPhone);
        return name == null && phone == null ? null : new HolderRequest(name, phone);
    }

    /**
     * Checks {@link #request()} against the API record's own constraints; each violation is marked on this form's
     * field ({@code holder.phone} on {@code holderPhone}) with the constraint's name as its code, e.g. {@code
     * Pattern}, which the page's bundle words in its language.
     */
    void validate(Validator validator, BindingResult binding) {
        for (ConstraintViolation<IssueCardRequest> violation : validator.validate(request())) {
            String code = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            String field = field(violation.getPropertyPath());
            if (field == null) {
                binding.reject(code);
            } else if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, code);
            }
        }
    }

    private static String field(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        String first = nodes.hasNext() ? nodes.next().getName() : null;
        if ("stationId".equals(first)) {
            return "stationId";
        }
        if ("holder".equals(first) && nodes.hasNext()) {
            String second = nodes.next().getName();
            return "name".equals(second) ? "holderName" : "phone".equals(second) ? "holderPhone" : null;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
