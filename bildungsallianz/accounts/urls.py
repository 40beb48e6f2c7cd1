from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import twofactor_views, views
from .forms import EmailAuthenticationForm

app_name = "accounts"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(
        "anmelden/",
        auth_views.LoginView.as_view(
            template_name="accounts/login.html",
            authentication_form=EmailAuthenticationForm,
            extra_context=views.SITE_CONTEXT,
        ),
        name="login",
    ),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "passwort-vergessen/",
        views.LimitedPasswordResetView.as_view(
            template_name="accounts/password_reset_form.html",
            email_template_name="accounts/emails/password_reset_body.txt",
            subject_template_name="accounts/emails/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(
            extra_context=views.SITE_CONTEXT, template_name="accounts/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
            extra_context=views.SITE_CONTEXT,
        ),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(
            extra_context=views.SITE_CONTEXT, template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("einladung/<str:token>/", views.invitation_accept, name="invitation"),
    path("zwei-faktor/", twofactor_views.otp_verify, name="otp_verify"),
    path("zwei-faktor/einrichten/", twofactor_views.otp_setup, name="otp_setup"),
    path("zwei-faktor/wiederherstellungscodes/", twofactor_views.otp_recovery_codes, name="otp_recovery_codes"),
]
