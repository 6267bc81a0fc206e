package dev.checkoutconsole.app;

public final class Launcher {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
