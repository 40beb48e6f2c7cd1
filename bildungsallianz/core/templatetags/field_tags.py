from django import template

register = template.Library()


@register.simple_tag
def field_widget(field):
    """Render a text-like widget with KERN classes and ARIA wiring."""
    css = "kern-form-input__input"
    if field.errors:
        css += " kern-form-input__input--error"
    attrs = {"class": css}
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)
