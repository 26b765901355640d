//! Entry point of the Steunwijzer web app: only mounts the app (see the library).
fn main() {
    steunwijzer_web::start();
}
