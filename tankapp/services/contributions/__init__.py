"""Knowledge contributions (vidensbidrag) to ViBIS."""
