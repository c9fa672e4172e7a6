namespace LogLens.Plotting; internal static class Placeholder { }
