from django.shortcuts import render


def offer_list(request):
    return render(request, "offers/offer_list.html", {})
