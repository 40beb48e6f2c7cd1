from django.shortcuts import render


def indicator_list(request):
    return render(request, "monitoring/indicator_list.html", {})
