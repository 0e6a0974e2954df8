package org.pointsbank.api.photo;

import org.pointsbank.api.http.LargerBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A photo upload may carry 2 MiB; every other request keeps the service's body limit. */
@Configuration(proxyBeanMethods = false)
class PhotoUploadLimit {

    static final String UPLOAD_PATH = "/api/v1/reports/{reportId}/photos";

    @Bean
    LargerBody photoUploads() {
        return new LargerBody("POST", UPLOAD_PATH, PhotoBody.MAX_BYTES);
    }
}
