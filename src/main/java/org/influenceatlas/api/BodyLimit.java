package org.influenceatlas.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Request bodies over {@link #MAX_BYTES} get 413 before a byte is read: a declared length is
 * checked here, and a body without one (chunked) is counted as it is read and cut off at the
 * limit. Three large bodies in parallel once exhausted the heap. GET and HEAD carry no body and
 * pass untouched (wrapping them got in the way of the page's own preload and preview).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimit extends OncePerRequestFilter {

    /** 2 MB: a briefing of the largest allowed size (100 slides of 4,000 characters) is about half of it. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            ApiErrors.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "body",
                    "is " + declared + " bytes; at most " + MAX_BYTES + " are accepted");
            // The client may still be sending: tell it (and Tomcat) the connection ends here.
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counted(request), response);
    }

    /** A request whose body stream fails once it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Counted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++count > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, (int) Math.min(length, MAX_BYTES + 1L - count));
                        if (n > 0 && (count += n) > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** The body passed the limit while being read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the request body is larger than " + MAX_BYTES + " bytes");
        }
    }
}
