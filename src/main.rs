fn main() -> std::process::ExitCode {
    timpush::main()
}
