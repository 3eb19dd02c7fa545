# timpush in a container, for CI systems that run steps in images:
#   docker build -t timpush .
#   docker run --rm -e TIMPUSH_REGION -e TIMPUSH_SDKAPPID -e TIMPUSH_SECRET_KEY timpush revoke --task-id ID
# A static (musl) binary on an empty base, running as a user that is not root. The TLS roots are
# built into the binary, so the image needs nothing else.
FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release --locked && cp target/release/timpush /timpush \
    && mkdir -m 1777 /scratch-tmp

FROM scratch
COPY --from=build /timpush /timpush
COPY --from=build /scratch-tmp /tmp
# No config file in the image: settings come from TIMPUSH_* variables (or a mounted -c FILE).
ENV HOME=/tmp XDG_RUNTIME_DIR=/tmp
USER 65532:65532
ENTRYPOINT ["/timpush"]
