//! The client: how one call reaches the service and what its answer means. The request URL
//! and its encoding, the HTTP transport, one attempt and its class, retries, the pacer shared
//! across processes, the clock they wait on, the catalogue of error codes and hints, and the
//! finished result of a call as the operator reads it.

pub(crate) mod attempt;
pub(crate) mod catalogue;
pub(crate) mod clock;
pub(crate) mod fault;
pub(crate) mod finished;
pub(crate) mod pacer;
pub(crate) mod retry;
pub(crate) mod transport;
pub(crate) mod url;
